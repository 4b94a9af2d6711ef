package org.shopchat.bot.persona;

import org.shopchat.kb.KnowledgeContent;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/** Serves the persona's avatar image, wherever the content keeps it. */
@RestController
class AvatarController {

    static final String PATH = "/persona/avatar";

    private final Resource avatar;
    private final MediaType mediaType;

    AvatarController(KnowledgeContent content) {
        this.avatar = new ClassPathResource(content.persona().avatar());
        this.mediaType = MediaTypeFactory.getMediaType(avatar).orElse(MediaType.APPLICATION_OCTET_STREAM);
    }

    @GetMapping(PATH)
    ResponseEntity<Resource> avatar() {
        return ResponseEntity.ok().contentType(mediaType).cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(avatar);
    }
}
