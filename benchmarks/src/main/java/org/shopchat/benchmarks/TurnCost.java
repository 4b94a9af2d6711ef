package org.shopchat.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.shopchat.bot.ShopChatApplication;
import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.CustomerInput;
import org.shopchat.bot.conversation.Reception;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The same customer turn as {@link FullTurnBenchmark}, measured in CPU time and bytes allocated by the calling
 * thread instead of wall time. On a machine shared with other builds the wall-clock percentiles mostly measure the
 * other processes; the thread's own CPU time and allocation do not (much), so before/after comparisons of the code
 * use these. Everything a turn does runs on the calling thread (the after-commit deliveries included).
 *
 * <p>Usage: {@code TurnCost [warm-up turns] [measured turns] [embeddings]} (defaults 3000, 3000 and {@code false}:
 * both optional sentence-embedding stages off, the configuration of the full-turn target; {@code true} is the
 * bot's default configuration).
 */
public final class TurnCost {

    private TurnCost() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? positive(args[0], "warm-up turns") : 3000;
        int measured = args.length > 1 ? positive(args[1], "measured turns") : 3000;
        boolean embeddings = args.length > 2 && bool(args[2]);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        SpringApplication app = new SpringApplication(ShopChatApplication.class);
        try (ConfigurableApplicationContext context = app.run(FullTurnBenchmark.arguments("turn-cost", embeddings))) {
            ConversationService conversations = context.getBean(ConversationService.class);
            String[] utterances = HeldOutUtterances.excluding(FullTurnBenchmark.HANDOFF_INTENTS).toArray(String[]::new);
            List<UUID> open = new ArrayList<>();
            for (int i = 0; i < FullTurnBenchmark.CONVERSATIONS; i++) {
                UUID id = conversations.open(Optional.empty()).id();
                conversations.resume(id, 0);
                open.add(id);
            }
            long[] cpu = new long[measured];
            long[] wall = new long[measured];
            String[] texts = new String[measured];
            long allocated = 0;
            for (int n = 0; n < warmUp + measured; n++) {
                UUID conversation = open.get(n % open.size());
                long cpu0 = threads.getCurrentThreadCpuTime();
                long bytes0 = threads.getCurrentThreadAllocatedBytes();
                long wall0 = System.nanoTime();
                Reception reception = conversations.accept(conversation,
                        new CustomerInput("cost-" + n, FullTurnBenchmark.customerText(utterances, n), null));
                conversations.answer(conversation, reception.message().seq());
                if (n >= warmUp) {
                    wall[n - warmUp] = System.nanoTime() - wall0;
                    cpu[n - warmUp] = threads.getCurrentThreadCpuTime() - cpu0;
                    allocated += threads.getCurrentThreadAllocatedBytes() - bytes0;
                    texts[n - warmUp] = utterances[n % utterances.length];
                }
            }
            printSlowest(cpu, texts);
            Arrays.sort(cpu);
            Arrays.sort(wall);
            System.out.printf(Locale.ROOT, "turn cost over %d turns (after %d warm-up, embeddings %s): "
                            + "CPU p50 %.3f ms, p99 %.3f ms, mean %.3f ms; wall p50 %.3f ms, p99 %.3f ms; "
                            + "allocated %.0f KB per turn%n",
                    measured, warmUp, embeddings, ms(cpu, 0.50), ms(cpu, 0.99),
                    Arrays.stream(cpu).average().orElse(0) / 1e6, ms(wall, 0.50), ms(wall, 0.99),
                    allocated / (double) measured / 1024);
        }
    }

    /**
     * The customer texts of the turns in the slowest 1 % by CPU time, most frequent first: whether the tail is a
     * kind of turn (an escalation, an order lookup) or spread over all of them (GC, JIT, the database's upkeep).
     */
    private static void printSlowest(long[] cpu, String[] texts) {
        long[] sorted = cpu.clone();
        Arrays.sort(sorted);
        long p99 = sorted[Math.max(0, (int) Math.ceil(0.99 * sorted.length) - 1)];
        java.util.Map<String, List<Long>> slow = new java.util.HashMap<>();
        java.util.Map<String, Integer> all = new java.util.HashMap<>();
        for (int i = 0; i < cpu.length; i++) {
            all.merge(texts[i], 1, Integer::sum);
            if (cpu[i] > p99) {
                slow.computeIfAbsent(texts[i], t -> new ArrayList<>()).add(cpu[i]);
            }
        }
        System.out.printf(Locale.ROOT, "turns over the CPU p99 (%.3f ms): %d, of %d distinct texts; most often:%n",
                p99 / 1e6, slow.values().stream().mapToInt(List::size).sum(), slow.size());
        slow.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .limit(12)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %d of %d turns, max %.2f ms: %s%n", e.getValue().size(),
                        all.get(e.getKey()), e.getValue().stream().mapToLong(Long::longValue).max().orElse(0) / 1e6,
                        e.getKey()));
    }

    private static double ms(long[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("embeddings must be true or false, got: " + value);
        };
    }

    private static int positive(String value, String what) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0 && n <= 1_000_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        System.err.println("turn-cost: " + what + " must be a whole number from 1 to 1000000, was '" + value + "'");
        System.exit(2);
        return 0;
    }
}
