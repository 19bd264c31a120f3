package taizhang.shared;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Column reads that behave the same on H2 and PostgreSQL. */
public final class Jdbc {

    private Jdbc() {}

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /**
     * An exact decimal without the column's trailing zeros, in plain notation: {@code 176000},
     * never {@code 1.76E+5}, which is what JSON clients would otherwise receive.
     */
    public static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        return plain(rs.getBigDecimal(column));
    }

    /** A value as {@link #decimal} reads it back: what a batch write hands back without reading it. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
