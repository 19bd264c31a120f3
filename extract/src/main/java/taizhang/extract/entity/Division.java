package taizhang.extract.entity;

/**
 * An administrative division of China from the gazetteer ({@code divisions.tsv}).
 *
 * @param code the six-digit statistical code, e.g. {@code 150500}
 * @param name the full name in Simplified characters, e.g. {@code 通辽市}
 * @param level province, city or county
 * @param parent the code of the division above it, empty for a province
 */
record Division(String code, String name, String level, String parent) {

    /** The first two digits: the province the division lies in. */
    String province() {
        return code.substring(0, 2);
    }
}
