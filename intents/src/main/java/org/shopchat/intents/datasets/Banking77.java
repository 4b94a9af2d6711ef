package org.shopchat.intents.datasets;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.shopchat.intents.IntentName;
import org.shopchat.intents.InvalidDataException;
import org.shopchat.intents.LabeledUtterance;

/** Reads the Banking77 CSV files ({@code text,category} with a header row; Casanueva et al. 2020, CC BY 4.0). */
public final class Banking77 {

    private Banking77() {
    }

    public static List<LabeledUtterance> read(Path file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<LabeledUtterance> data = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = format.parse(reader);
            if (!parser.getHeaderNames().equals(List.of("text", "category"))) {
                throw new InvalidDataException(file + ":1: expected header text,category, found "
                        + String.join(",", parser.getHeaderNames()));
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                if (record.size() != 2) {
                    throw new InvalidDataException(file + ":" + line + ": expected 2 fields, found " + record.size());
                }
                try {
                    // The published files spell two labels "Refund_not_showing_up" and "reverted_card_payment?":
                    // fold them into intent names the same way in train and test.
                    String label = record.get(1).strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "");
                    data.add(new LabeledUtterance(new IntentName(label), record.get(0).strip()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidDataException(file + ":" + line + ": " + e.getMessage());
                }
            }
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(file + ": no such file");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidDataException(file + ": cannot read CSV (" + e.getMessage() + ")", e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new InvalidDataException(file + ": malformed CSV (" + e.getMessage() + ")", e);
        }
        if (data.isEmpty()) {
            throw new InvalidDataException(file + ": no rows");
        }
        return List.copyOf(data);
    }
}
