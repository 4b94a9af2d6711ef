package org.shopchat.bot.persona;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/** Stores template variants one per line: a variant is one line by the template file format. */
@Converter
class VariantLines implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> variants) {
        for (String variant : variants) {
            if (variant.contains("\n") || variant.contains("\r")) {
                throw new IllegalArgumentException("a variant must be one line: " + variant);
            }
        }
        return String.join("\n", variants);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split("\n", -1));
    }
}
