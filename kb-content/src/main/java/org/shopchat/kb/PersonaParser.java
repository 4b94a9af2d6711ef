package org.shopchat.kb;

import java.util.List;
import java.util.Set;

/** Reads {@code persona.md}: front matter (name, role, avatar, toneRules, maxReplyChars) and the voice description. */
public final class PersonaParser {

    static final List<String> KEYS = List.of("name", "role", "avatar", "toneRules", "maxReplyChars");

    public ParseResult<Persona> read(String fileName, String text) {
        FrontMatterDocument doc = FrontMatterDocument.read(fileName, text);
        if (doc.hasProblems()) {
            return doc.result(() -> null);
        }
        doc.rejectUnknownKeys(Set.copyOf(KEYS));
        String name = doc.text("name");
        String role = doc.text("role");
        String avatar = doc.text("avatar");
        List<String> toneRules = doc.textList("toneRules");
        Integer maxReplyChars = doc.integer("maxReplyChars");
        if (maxReplyChars != null && maxReplyChars <= 0) {
            doc.problem(doc.lineOfKey("maxReplyChars"), "'maxReplyChars' must be positive");
        }
        if (doc.body().isBlank()) {
            doc.problem(doc.bodyStartLine(), "persona needs a voice description below the front matter");
        }
        return doc.result(() -> new Persona(name, role, avatar, toneRules, maxReplyChars, doc.body()));
    }

    /** @throws ContentException naming file and line of every format problem */
    public Persona parse(String fileName, String text) {
        return read(fileName, text).orThrow();
    }
}
