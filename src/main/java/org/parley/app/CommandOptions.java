package org.parley.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options after a command word: {@code --name VALUE}, {@code --name=VALUE} or a bare flag.
 * Each command says which options it takes, which need a value and which are required; anything
 * else is a usage error that names the option.
 */
final class CommandOptions {

    private final String command;
    private final Map<String, String> values = new HashMap<>();

    private CommandOptions(String command) {
        this.command = command;
    }

    static CommandOptions parse(String command, List<String> args, Set<String> withValue, Set<String> flags)
            throws LaunchOptions.UsageException {
        CommandOptions options = new CommandOptions(command);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (withValue.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new LaunchOptions.UsageException(command + ": " + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (value.isBlank()) {
                    throw new LaunchOptions.UsageException(command + ": " + name + " needs a value, not an empty one");
                }
            } else if (flags.contains(name) && value == null) {
                value = "";
            } else {
                throw new LaunchOptions.UsageException(command + ": unknown argument \"" + arg + "\"");
            }
            if (options.values.put(name, value) != null) {
                throw new LaunchOptions.UsageException(command + ": " + name + " given twice");
            }
        }
        return options;
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String required(String name) throws LaunchOptions.UsageException {
        return get(name).orElseThrow(() -> new LaunchOptions.UsageException(command + ": " + name + " is required"));
    }

    /** A required file option, made absolute; a name this system cannot encode is a usage error. */
    Path path(String name) throws LaunchOptions.UsageException {
        try {
            return LaunchOptions.path(required(name));
        } catch (LaunchOptions.UsageException e) {
            throw new LaunchOptions.UsageException(command + ": " + name + ": " + e.getMessage());
        }
    }

    /** A negotiation id as {@code parley check} lists it. */
    long id(String name) throws LaunchOptions.UsageException {
        String text = required(name);
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LaunchOptions.UsageException(command + ": " + name + " takes a negotiation id as "
                + "\"parley check\" lists it, not \"" + text + "\"");
    }
}
