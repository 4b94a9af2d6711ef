package org.shopchat.bot.persona;

import org.shopchat.kb.ContentValidator;
import org.shopchat.kb.Persona;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;

/** Serves the published persona's avatar image when it is one of the shipped ones; otherwise points to it. */
@RestController
class AvatarController {

    static final String PATH = "/persona/avatar";

    private final PublishedPersona persona;

    AvatarController(PublishedPersona persona) {
        this.persona = persona;
    }

    @GetMapping(PATH)
    ResponseEntity<Resource> avatar() {
        Persona current = persona.current();
        if (ContentValidator.isAvatarUrl(current.avatar())) {
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(current.avatar())).build();
        }
        Resource avatar = new ClassPathResource(current.avatar());
        MediaType mediaType = MediaTypeFactory.getMediaType(avatar).orElse(MediaType.APPLICATION_OCTET_STREAM);
        // The widget asks with the avatar's name in the URL, so a changed avatar is a new URL: caching is safe.
        return ResponseEntity.ok().contentType(mediaType).cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(avatar);
    }
}
