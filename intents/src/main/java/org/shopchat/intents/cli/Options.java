package org.shopchat.intents.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options and {@code --flag} switches of one command, checked against what it accepts. */
final class Options {

    private final String command;
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flagsGiven = new java.util.HashSet<>();

    private Options(String command) {
        this.command = command;
    }

    static Options parse(String command, List<String> args, Set<String> valued, Set<String> flags) {
        Options options = new Options(command);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException(command + ": unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            if (flags.contains(name)) {
                options.flagsGiven.add(name);
            } else if (valued.contains(name)) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageException(command + ": option --" + name + " needs a value");
                }
                if (options.values.put(name, args.get(++i)) != null) {
                    throw new UsageException(command + ": option --" + name + " given twice");
                }
            } else {
                throw new UsageException(command + ": unknown option " + arg);
            }
        }
        return options;
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException(command + ": missing required option --" + name);
        }
        return value;
    }

    String optional(String name) {
        return values.get(name);
    }

    boolean flag(String name) {
        return flagsGiven.contains(name);
    }

    long longValue(String name, long defaultValue) {
        String value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": option --" + name + " must be a whole number, was '" + value + "'");
        }
    }
}
