package org.shopchat.bot.knowledge;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/**
 * Stores a short list (intents, questions, tags) one item per line in a varchar column. Items are single lines by
 * the front matter rules, so the round trip is exact; a join table would buy nothing for lists this small.
 */
@Converter
class LinesConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> items) {
        for (String item : items) {
            if (item.contains("\n") || item.contains("\r")) {
                throw new IllegalArgumentException("list item must be one line: " + item);
            }
        }
        return String.join("\n", items);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split("\n", -1));
    }
}
