package vn.foreignaffairs.registry.web.input;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a client may send.
 *
 * @param maxBodySize     the largest request body accepted (larger: 413 PAYLOAD_TOO_LARGE)
 * @param maxStringLength the longest string value or field name in a JSON body, in characters
 * @param maxNestingDepth the deepest nesting of objects and arrays in a JSON body
 */
@ConfigurationProperties("registry.api.input")
public record InputLimits(
        @DefaultValue("256KB") DataSize maxBodySize,
        @DefaultValue("20000") int maxStringLength,
        @DefaultValue("32") int maxNestingDepth) {
}
