package org.shopchat.console.editor;

import java.util.List;

/**
 * The bot's persona as editors change it, with the same workflow as articles and templates. There is one persona,
 * with content id {@value #ID}. Implemented by the application; publishing changes the name and avatar the chat
 * shows, and the name in the greeting, from the next message on.
 */
public interface PersonaEditing extends EditableContent<PersonaContent, PersonaRevisionView> {

    String ID = "persona";

    /** The avatars shipped with the bot that an editor may choose, e.g. {@code kb/avatar.svg}. */
    List<String> shippedAvatars();

    /**
     * Checks the content with the rules a save applies (fields {@code name}, {@code role}, {@code avatar},
     * {@code toneRules}, {@code maxReplyChars}, {@code description}) and shows how the widget would present it.
     */
    PersonaPreview preview(PersonaContent content);
}
