package taizhang.supervision;

/** An accountability entry with its unit's name, who was held to account in words, and whether the reader may correct it. */
public record AccountabilityView(
        AccountabilityAction action, String unitName, String subject, String kind, boolean mayChange) {}
