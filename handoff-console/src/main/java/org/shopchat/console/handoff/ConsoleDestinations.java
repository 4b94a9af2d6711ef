package org.shopchat.console.handoff;

/**
 * STOMP destinations the console's pages subscribe to (endpoint {@code /ws}, signed-in staff sessions only).
 * The application pushes to them; payloads are JSON objects with a {@code type} field.
 */
public final class ConsoleDestinations {

    /**
     * Broadcast to all staff: {@code {"type":"queue","waiting":[WaitingHandoff...],"added":"<handoff id or null>"}}
     * after every change of the queue.
     */
    public static final String QUEUE = "/topic/console.queue";

    /**
     * Per agent (user destination, subscribe to {@code /user/queue/console.chat}):
     * {@code {"type":"message","handoffId":…,"line":ChatLine}}, {@code {"type":"typing","handoffId":…,"active":…}},
     * {@code {"type":"ended","handoffId":…}} (to the agent who no longer has the chat),
     * {@code {"type":"assigned","handoffId":…,"from":"<colleague's display name>"}} (to the agent a chat was
     * transferred to).
     */
    public static final String CHAT = "/queue/console.chat";

    private ConsoleDestinations() {
    }
}
