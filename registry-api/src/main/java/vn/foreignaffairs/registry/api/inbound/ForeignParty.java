package vn.foreignaffairs.registry.api.inbound;

/**
 * Who the delegation comes from (đối tác nước ngoài): a country (ISO 3166-1 alpha-2) and the
 * organisation or the locality (tỉnh, thành phố kết nghĩa) that sends it, or both.
 */
public record ForeignParty(String countryCode, String organisation, String locality) {
}
