package org.shopchat.bot.dialogue;

import org.springframework.data.jpa.repository.JpaRepository;

interface TurnRepository extends JpaRepository<Turn, Long> {
}
