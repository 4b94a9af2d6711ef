package org.shopchat.kb;

import java.util.List;
import java.util.Map;

/**
 * Where the parts of a parsed file start, so that rules checked after parsing can still name a line.
 * All lines are 1-based; unknown parts map to line 0 (the whole file).
 */
public record SourceLines(Map<String, Integer> fieldLines, Map<String, List<Integer>> itemLines, int bodyStartLine) {

    public static final SourceLines NONE = new SourceLines(Map.of(), Map.of(), 0);

    public SourceLines {
        fieldLines = Map.copyOf(fieldLines);
        itemLines = Map.copyOf(itemLines);
    }

    public int field(String key) {
        return fieldLines.getOrDefault(key, 0);
    }

    public int item(String key, int index) {
        List<Integer> lines = itemLines.get(key);
        return lines != null && index < lines.size() ? lines.get(index) : field(key);
    }

    /** Line of the body line with the given 0-based index. */
    public int bodyLine(int index) {
        return bodyStartLine == 0 ? 0 : bodyStartLine + index;
    }
}
