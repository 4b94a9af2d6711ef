package org.shopchat.bot.replay;

/** What the application's main method does with the command line for a replay run (see {@link ReplayCommand}). */
public final class ReplayLaunch {

    private ReplayLaunch() {
    }

    /** The arguments unchanged, or with a random web port and no console logging when a replay is asked for. */
    public static String[] arguments(String... args) {
        return ReplayCommand.withReplayDefaults(args);
    }
}
