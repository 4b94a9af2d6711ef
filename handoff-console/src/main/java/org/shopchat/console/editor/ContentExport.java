package org.shopchat.console.editor;

import java.util.SortedMap;

/** The content as kb-content files, so that it can be kept in git. Implemented by the application. */
public interface ContentExport {

    /**
     * Every file of a {@code kb/} folder, path relative to it ('/' separators) to text: what customers see now
     * (published articles and templates; articles never published in their newest revision), with the persona,
     * synonyms, evaluation questions and index. Loading it with kb-content gives the same content.
     */
    SortedMap<String, String> files();
}
