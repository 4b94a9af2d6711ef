package org.shopchat.bot.escalation;

import org.shopchat.bot.conversation.BotReply;
import org.shopchat.bot.conversation.QuickReply;
import org.shopchat.bot.escalation.internal.BusinessHours;
import org.shopchat.bot.escalation.internal.ContextPacketAssembler;
import org.shopchat.bot.escalation.internal.EscalationActs;
import org.shopchat.bot.escalation.internal.EscalationTriggers;
import org.shopchat.bot.escalation.internal.Handoff;
import org.shopchat.bot.escalation.internal.HandoffRepository;
import org.shopchat.bot.escalation.internal.HandoffStatus;
import org.shopchat.bot.escalation.internal.OfflineTicketRecord;
import org.shopchat.bot.escalation.internal.OfflineTicketRepository;
import org.shopchat.bot.escalation.internal.QueueChanged;
import org.shopchat.bot.escalation.internal.QueueOrder;
import org.shopchat.bot.escalation.internal.WaitingLine;
import org.shopchat.bot.orders.CustomerId;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.console.handoff.AgentPresence;
import org.shopchat.console.handoff.ContextPacket;
import org.shopchat.kb.TemplateKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the dialogue asks of escalation: should this turn go to a person, put the customer in the queue (or offer
 * an offline message), is a person handling the conversation, cancel, leave a message. Callers run inside the
 * conversation's turn, which serialises requests of one conversation.
 */
@Service
public class Escalation {

    /** Quick-reply action of the escalation's buttons; values {@link #CANCEL} and {@link #LEAVE_MESSAGE}. */
    public static final String ACTION = "handoff";
    public static final String CANCEL = "cancel";
    public static final String LEAVE_MESSAGE = "leave_message";
    /** Acts of a bot message that hands the conversation over (queued, queue place, or offline offer). */
    public static final java.util.Set<String> HANDOVER_ACTS = java.util.Set.of(EscalationActs.HANDOVER,
            EscalationActs.QUEUE_POSITION, EscalationActs.OFFLINE);
    /** The act of a hand-over decided in a replay, where no queue or opening hours are consulted. */
    public static final String HANDOVER_ACT = EscalationActs.HANDOVER;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_OFFLINE_TEXT = 4000;

    private final EscalationTriggers rules;
    private final HandoffRepository handoffs;
    private final OfflineTicketRepository tickets;
    private final WaitingLine line;
    private final ContextPacketAssembler packets;
    private final BusinessHours hours;
    private final QueueOrder order;
    private final AgentPresence presence;
    private final BotVoice voice;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    Escalation(EscalationTriggers rules, HandoffRepository handoffs, OfflineTicketRepository tickets, WaitingLine line,
               ContextPacketAssembler packets, BusinessHours hours, QueueOrder order, AgentPresence presence,
               BotVoice voice, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.rules = rules;
        this.handoffs = handoffs;
        this.tickets = tickets;
        this.line = line;
        this.packets = packets;
        this.hours = hours;
        this.order = order;
        this.presence = presence;
        this.voice = voice;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Every configured rule this turn meets, in declaration order of {@link EscalationReason}; empty: the bot goes on. */
    @Transactional(readOnly = true)
    public List<EscalationReason> triggers(TurnSignals signals) {
        return rules.triggers(signals);
    }

    /**
     * The rules of a candidate configuration applied to a turn, for a replay: nothing is read or stored, the
     * sentiment trend is taken from {@code earlierScores} (the turns before this one, newest first).
     */
    public List<EscalationReason> triggers(TurnSignals signals, EscalationProperties candidate,
                                           List<Double> earlierScores) {
        List<Double> earlier = List.copyOf(earlierScores);
        return new EscalationTriggers(candidate, (conversationId, max) -> earlier.subList(0, Math.min(max,
                earlier.size()))).triggers(signals);
    }

    @Transactional
    public HandoffOutcome requestHandoff(UUID conversationId, List<EscalationReason> reasons, boolean vip) {
        return requestHandoff(conversationId, reasons, vip, Optional.empty());
    }

    /**
     * Puts the conversation in the queue for a person with its context packet, or answers why not.
     *
     * @param customer the identified shop customer (signed customer token), for the packet's profile and tier
     */
    @Transactional
    public HandoffOutcome requestHandoff(UUID conversationId, List<EscalationReason> reasons, boolean vip,
                                         Optional<CustomerId> customer) {
        Optional<Handoff> open = handoffs.findFirstByConversationIdAndStatusIn(conversationId,
                List.of(HandoffStatus.WAITING, HandoffStatus.CLAIMED));
        if (open.isPresent() && open.get().getStatus() == HandoffStatus.CLAIMED) {
            return new HandoffOutcome.WithAgent(open.get().getClaimedByName());
        }
        if (open.isPresent()) {
            int position = line.positionOf(open.get().getId());
            return new HandoffOutcome.AlreadyQueued(open.get().getId(), position, line.waitMinutes(position));
        }
        Instant now = clock.instant();
        if (!hours.isOpen(now) || presence.online().isEmpty()) {
            return new HandoffOutcome.Offline(hours.openingHoursText());
        }
        ContextPacket packet = packets.assemble(conversationId, reasons, vip, customer, now);
        boolean distressed = reasons.contains(EscalationReason.NEGATIVE_EMOTION);
        Handoff handoff = handoffs.save(new Handoff(conversationId, reasons, packet.vip(), distressed,
                packet.customer() == null ? null : packet.customer().id(), now,
                order.priorityAt(now, packet.vip(), distressed), packet.summary(), json.writeValueAsString(packet)));
        handoffs.flush();
        int position = line.positionOf(handoff.getId());
        handoff.notified(position, now);
        events.publishEvent(new ConversationEscalated(conversationId, handoff.getId(), List.copyOf(reasons), packet.vip()));
        events.publishEvent(new QueueChanged(handoff.getId()));
        return new HandoffOutcome.Queued(handoff.getId(), position, line.waitMinutes(position));
    }

    /**
     * What the bot says about an outcome, from the persona's templates: empathy first when the customer is upset or
     * the topic is sensitive, then the acknowledgement with queue place and wait (and a cancel button), or the offer
     * to leave a message. Empty when a person has the conversation: the bot stays silent.
     */
    public Optional<BotReply> replyFor(HandoffOutcome outcome, List<EscalationReason> reasons, int seed) {
        return switch (outcome) {
            case HandoffOutcome.Queued queued -> {
                BotReply ack = voice.say(TemplateKey.HANDOVER_ACK, seed);
                StringBuilder text = new StringBuilder();
                if (reasons.contains(EscalationReason.NEGATIVE_EMOTION) || reasons.contains(EscalationReason.SENSITIVE_TOPIC)) {
                    text.append(voice.say(TemplateKey.EMPATHY_APOLOGY, seed).text()).append(' ');
                }
                text.append(ack.text()).append("\n\n").append(position(queued.position(), queued.waitMinutes(), seed).text());
                yield Optional.of(new BotReply(text.toString(), ack.provenance().withAct(EscalationActs.HANDOVER),
                        null).withQuickReplies(List.of(cancelButton())));
            }
            case HandoffOutcome.AlreadyQueued queued -> Optional.of(position(queued.position(), queued.waitMinutes(), seed)
                    .withAct(EscalationActs.QUEUE_POSITION).withQuickReplies(List.of(cancelButton())));
            case HandoffOutcome.Offline offline -> Optional.of(voice.say(TemplateKey.OFFLINE_OFFER,
                            Map.of("openingHours", offline.openingHours()), seed).withAct(EscalationActs.OFFLINE)
                    .withQuickReplies(List.of(new QuickReply(voice.label(TemplateKey.BUTTON_LEAVE_MESSAGE), ACTION, LEAVE_MESSAGE))));
            case HandoffOutcome.WithAgent withAgent -> Optional.empty();
        };
    }

    /** True while an agent has the conversation: the bot must not answer. */
    @Transactional(readOnly = true)
    public boolean isWithAgent(UUID conversationId) {
        return handoffs.existsByConversationIdAndStatus(conversationId, HandoffStatus.CLAIMED);
    }

    /** True while the customer waits for a person (the bot keeps answering meanwhile). */
    @Transactional(readOnly = true)
    public boolean isWaiting(UUID conversationId) {
        return handoffs.existsByConversationIdAndStatus(conversationId, HandoffStatus.WAITING);
    }

    /**
     * The customer no longer wants to wait. Reply with {@link TemplateKey#HANDOVER_CANCELLED}.
     *
     * @return false when the customer was not waiting (already with an agent, or never asked)
     */
    @Transactional
    public boolean cancel(UUID conversationId) {
        Optional<Handoff> waiting = handoffs.findFirstByConversationIdAndStatusIn(conversationId, List.of(HandoffStatus.WAITING));
        waiting.ifPresent(h -> {
            h.cancel(clock.instant());
            events.publishEvent(new QueueChanged(null));
        });
        return waiting.isPresent();
    }

    /** Whether text is acceptable as the e-mail address of an offline message (else say OFFLINE_EMAIL_INVALID). */
    public static boolean isEmailAddress(String text) {
        return text != null && text.strip().length() <= 254 && EMAIL.matcher(text.strip()).matches();
    }

    /**
     * Stores a message for the team, answered by e-mail by the end of the next working day.
     *
     * @throws IllegalArgumentException when the address is not an e-mail address or the text is empty or too long
     */
    @Transactional
    public OfflineTicketCreated leaveOfflineMessage(UUID conversationId, String email, String text) {
        if (!isEmailAddress(email)) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        if (text == null || text.isBlank() || text.strip().length() > MAX_OFFLINE_TEXT) {
            throw new IllegalArgumentException("an offline message has 1-" + MAX_OFFLINE_TEXT + " characters");
        }
        Instant now = clock.instant();
        ZonedDateTime replyBy = hours.replyBy(now);
        OfflineTicketRecord ticket = tickets.save(new OfflineTicketRecord(conversationId, email.strip(), text.strip(),
                now, replyBy.toInstant()));
        return new OfflineTicketCreated(ticket.getId(), conversationId, hours.format(replyBy));
    }

    /** OFFLINE_TICKET_CREATED with the reply-by time. */
    public BotReply replyFor(OfflineTicketCreated ticket, int seed) {
        return voice.say(TemplateKey.OFFLINE_TICKET_CREATED, Map.of("replyBy", ticket.replyBy()), seed)
                .withAct(EscalationActs.OFFLINE_TICKET);
    }

    private BotReply position(int position, int waitMinutes, int seed) {
        return voice.say(TemplateKey.HANDOVER_QUEUE_POSITION,
                Map.of("position", String.valueOf(position), "waitMinutes", String.valueOf(waitMinutes)), seed);
    }

    private QuickReply cancelButton() {
        return new QuickReply(voice.label(TemplateKey.BUTTON_CANCEL_WAITING), ACTION, CANCEL);
    }
}
