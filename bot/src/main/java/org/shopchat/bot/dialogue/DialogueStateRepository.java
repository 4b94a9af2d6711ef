package org.shopchat.bot.dialogue;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface DialogueStateRepository extends JpaRepository<DialogueState, UUID> {

    List<DialogueState> findByOrderNumber(String orderNumber);
}
