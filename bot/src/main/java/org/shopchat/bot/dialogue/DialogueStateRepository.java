package org.shopchat.bot.dialogue;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface DialogueStateRepository extends JpaRepository<DialogueState, UUID> {
}
