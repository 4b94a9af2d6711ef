package org.shopchat.bot.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.shopchat.bot.escalation.EscalationReason;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One request of a conversation for a person, from the queue to its resolution. {@code priorityAt} is the moment
 * the customer counts as having arrived for queue order: earlier than the real arrival by a bounded head start for
 * VIP and distressed customers, so they are served sooner without anyone waiting forever.
 */
@Entity
@Table(name = "handoff")
public class Handoff {

    @Id
    private UUID id;

    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HandoffStatus status;

    @Column(nullable = false, length = 200)
    private String reasons;

    @Column(nullable = false)
    private boolean vip;

    @Column(nullable = false)
    private boolean distressed;

    @Column(name = "customer_id", length = 64)
    private String customerId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "priority_at", nullable = false)
    private Instant priorityAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "claimed_by", length = 40)
    private String claimedBy;

    @Column(name = "claimed_by_name", length = 80)
    private String claimedByName;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(length = 16)
    private String resolution;

    @Column(name = "resolution_note", length = 1000)
    private String resolutionNote;

    @Column(name = "notified_position")
    private Integer notifiedPosition;

    /** When the customer was last told their place while waiting. */
    @Column(name = "notified_at")
    private Instant notifiedAt;

    @Column(nullable = false, length = 1000)
    private String summary;

    /** The context packet as JSON (see ContextPacket in handoff-console). */
    @Column(nullable = false, length = 1_000_000)
    private String packet;

    @Version
    private long version;

    protected Handoff() {
    }

    public Handoff(UUID conversationId, List<EscalationReason> reasons, boolean vip, boolean distressed,
                   String customerId, Instant now, Instant priorityAt, String summary, String packetJson) {
        this.id = UUID.randomUUID();
        this.conversationId = conversationId;
        this.status = HandoffStatus.WAITING;
        this.reasons = reasons.stream().map(Enum::name).collect(Collectors.joining(","));
        this.vip = vip;
        this.distressed = distressed;
        this.customerId = customerId;
        this.requestedAt = now;
        this.priorityAt = priorityAt;
        this.summary = summary;
        this.packet = packetJson;
    }

    public void cancel(Instant now) {
        status = HandoffStatus.CANCELLED;
        endedAt = now;
    }

    public void resolve(String resolution, String note, Instant now) {
        this.status = HandoffStatus.RESOLVED;
        this.resolution = resolution;
        this.resolutionNote = note;
        this.endedAt = now;
    }

    /** Back to the queue at the place the customer had by their original arrival. */
    public void release() {
        status = HandoffStatus.WAITING;
        claimedBy = null;
        claimedByName = null;
        claimedAt = null;
        notifiedPosition = null;
        notifiedAt = null;
    }

    public void transferTo(String username, String displayName) {
        claimedBy = username;
        claimedByName = displayName;
    }

    /** Replaces the packet by a completed one (same escalation, more of its turn log). */
    public void completePacket(String newSummary, String packetJson) {
        summary = newSummary;
        packet = packetJson;
    }

    public void notified(int position, Instant now) {
        notifiedPosition = position;
        notifiedAt = now;
    }

    /** Whether the waiting customer last heard their place at least {@code interval} ago (or never). */
    public boolean isDueForUpdate(Instant now, Duration interval) {
        return notifiedAt == null || !notifiedAt.plus(interval).isAfter(now);
    }

    public UUID getId() {
        return id;
    }

    public UUID getConversationId() {
        return conversationId;
    }

    public HandoffStatus getStatus() {
        return status;
    }

    public List<String> reasonNames() {
        return Arrays.stream(reasons.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public boolean isVip() {
        return vip;
    }

    public boolean isDistressed() {
        return distressed;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getPriorityAt() {
        return priorityAt;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public String getClaimedByName() {
        return claimedByName;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getResolution() {
        return resolution;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public Integer getNotifiedPosition() {
        return notifiedPosition;
    }

    public String getSummary() {
        return summary;
    }

    public String getPacket() {
        return packet;
    }

    public String getCustomerId() {
        return customerId;
    }
}
