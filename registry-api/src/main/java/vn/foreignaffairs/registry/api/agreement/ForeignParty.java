package vn.foreignaffairs.registry.api.agreement;

/**
 * The other side of an agreement (bên ký kết nước ngoài): a country (ISO 3166-1 alpha-2) and the
 * organisation or the locality (tỉnh, thành phố, địa phương nước ngoài) that signs, or both.
 */
public record ForeignParty(String countryCode, String organisation, String locality) {
}
