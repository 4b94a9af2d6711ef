package org.shopchat.kb;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * Renders the persona's response templates. The only way the bot produces sentences: the code chooses a
 * {@link TemplateKey} and binds exactly its declared placeholders.
 */
public final class BotTexts {

    private final Map<TemplateKey, ResponseTemplate> templates;

    /** @throws IllegalArgumentException when a key has no template, a template has no variant, or a key is repeated */
    public BotTexts(Collection<ResponseTemplate> templates) {
        Map<TemplateKey, ResponseTemplate> byKey = new EnumMap<>(TemplateKey.class);
        for (ResponseTemplate template : templates) {
            if (template.variants().isEmpty()) {
                throw new IllegalArgumentException("template " + template.key().id() + " has no variants");
            }
            if (byKey.put(template.key(), template) != null) {
                throw new IllegalArgumentException("template " + template.key().id() + " given twice");
            }
        }
        Set<String> missing = new TreeSet<>();
        for (TemplateKey key : TemplateKey.values()) {
            if (!byKey.containsKey(key)) {
                missing.add(key.id());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no template for " + missing);
        }
        this.templates = Map.copyOf(byKey);
    }

    public ResponseTemplate template(TemplateKey key) {
        return templates.get(key);
    }

    /**
     * Renders variant {@code floorMod(variantSeed, variantCount)} of the template.
     *
     * @param values one value for each placeholder the key declares, and no others
     * @throws IllegalArgumentException when a declared placeholder is unbound or an undeclared one is given
     */
    public RenderedText render(TemplateKey key, Map<String, String> values, int variantSeed) {
        ResponseTemplate template = templates.get(key);
        checkBindings(key, values);
        int index = Math.floorMod(variantSeed, template.variants().size());
        String variant = template.variants().get(index);
        Matcher m = Placeholders.PLACEHOLDER.matcher(variant);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            // Single pass: a bound value that itself looks like "{x}" is inserted literally, never expanded again.
            m.appendReplacement(text, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(text);
        return new RenderedText(key.id(), template.revision(), index, text.toString());
    }

    /** Renders a template without placeholders, e.g. a button caption. */
    public RenderedText render(TemplateKey key, int variantSeed) {
        return render(key, Map.of(), variantSeed);
    }

    private static void checkBindings(TemplateKey key, Map<String, String> values) {
        Set<String> unbound = new TreeSet<>(key.placeholders());
        unbound.removeAll(values.keySet());
        Set<String> undeclared = new TreeSet<>(values.keySet());
        undeclared.removeAll(key.placeholders());
        if (!unbound.isEmpty() || !undeclared.isEmpty()) {
            throw new IllegalArgumentException("template " + key.id() + " declares " + new TreeSet<>(key.placeholders())
                    + (unbound.isEmpty() ? "" : "; unbound: " + unbound)
                    + (undeclared.isEmpty() ? "" : "; not declared: " + undeclared));
        }
        values.forEach((name, value) -> {
            if (value == null) {
                throw new IllegalArgumentException("template " + key.id() + ": value of {" + name + "} is null");
            }
        });
    }
}
