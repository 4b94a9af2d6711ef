package org.shopchat.console.editor;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param fourEyes a revision is approved (published) only by an editor other than its author
 */
@ConfigurationProperties("shopchat.editing")
public record EditingProperties(@DefaultValue("true") boolean fourEyes) {
}
