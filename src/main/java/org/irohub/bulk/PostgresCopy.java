package org.irohub.bulk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * A single-row {@code INSERT ... VALUES} statement sent to PostgreSQL as {@code COPY ... FROM STDIN} in text
 * format. The server loads a COPY stream without building, planning and executing a statement per batch of rows,
 * so each row costs it a fraction of what a multi-row INSERT does; foreign keys, checks and unique indexes are
 * enforced exactly as for an INSERT, and it runs in the caller's transaction.
 * <p>
 * Only statements whose values are all parameters or plain constants (NULL, TRUE, FALSE, numbers, quoted text)
 * can be copied; anything else ({@link #of} gives null) goes as a JDBC batch.
 */
final class PostgresCopy {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final int FLUSH_BYTES = 64 * 1024;

    private final String copy;
    /** For each column, the parameter it takes, or -1 for the constant in {@link #constants}. */
    private final int[] parameters;
    private final String[] constants;

    private PostgresCopy(String copy, int[] parameters, String[] constants) {
        this.copy = copy;
        this.parameters = parameters;
        this.constants = constants;
    }

    /** @return the COPY form of {@code INSERT INTO table (columns) VALUES (values)}, or null if it has none */
    static PostgresCopy of(String table, String columns, String values) {
        List<String> items = split(values);
        if (items == null || items.size() != split(columns).size()) {
            return null;
        }
        int[] parameters = new int[items.size()];
        String[] constants = new String[items.size()];
        int next = 0;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            if (item.equals("?")) {
                parameters[i] = next++;
                continue;
            }
            parameters[i] = -1;
            constants[i] = constant(item);
            if (constants[i] == null) {
                return null;
            }
        }
        return new PostgresCopy("COPY " + table + " (" + columns.replaceAll("\\s+", " ").trim() + ") FROM STDIN",
                parameters, constants);
    }

    /** Copies the rows in; fails, leaving the transaction to roll back, if the server did not take every one. */
    void write(Connection connection, List<Object[]> rows) throws SQLException {
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
        try {
            StringBuilder text = new StringBuilder(FLUSH_BYTES + 1024);
            for (Object[] row : rows) {
                line(text, row);
                if (text.length() >= FLUSH_BYTES) {
                    send(in, text);
                }
            }
            send(in, text);
            long copied = in.endCopy();
            if (copied != rows.size()) {
                throw new SQLException("COPY took " + copied + " rows of " + rows.size());
            }
        }
        catch (SQLException | RuntimeException e) {
            // Ends the COPY so the connection can report the failure and roll back; the first error is the one kept.
            if (in.isActive()) {
                try {
                    in.cancelCopy();
                }
                catch (SQLException cancelling) {
                    e.addSuppressed(cancelling);
                }
            }
            throw e;
        }
    }

    private void line(StringBuilder text, Object[] row) {
        for (int i = 0; i < parameters.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            if (parameters[i] < 0) {
                text.append(constants[i]);
            }
            else {
                value(text, row[parameters[i]]);
            }
        }
        text.append('\n');
    }

    private static void send(CopyIn in, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    /** A value as COPY's text format spells it, meaning what the JDBC driver would have sent for it. */
    static void value(StringBuilder text, Object value) {
        Object v = value instanceof SqlParameterValue p ? p.getValue() : value;
        if (v == null) {
            text.append("\\N");
        }
        else if (v instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        }
        else if (v instanceof Timestamp t) {
            // JDBC sends a Timestamp as a time in the JVM's zone: say which, since the server's may differ.
            text.append(t.toLocalDateTime().atZone(ZoneId.systemDefault()).toOffsetDateTime());
        }
        else if (v instanceof Enum<?> e) {
            escape(text, e.name());
        }
        else {
            escape(text, v.toString());
        }
    }

    private static void escape(StringBuilder text, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    /** A constant of the VALUES list in COPY's text format, or null for anything that needs evaluating. */
    private static String constant(String item) {
        String upper = item.toUpperCase(Locale.ROOT);
        if (upper.equals("NULL")) {
            return "\\N";
        }
        if (upper.equals("TRUE") || upper.equals("FALSE")) {
            return upper.equals("TRUE") ? "t" : "f";
        }
        if (NUMBER.matcher(item).matches()) {
            return item;
        }
        if (item.length() >= 2 && item.startsWith("'") && item.endsWith("'")) {
            String inner = item.substring(1, item.length() - 1);
            if (inner.replace("''", "").contains("'")) {
                return null;
            }
            StringBuilder text = new StringBuilder();
            escape(text, inner.replace("''", "'"));
            return text.toString();
        }
        return null;
    }

    /** Splits a list at its top-level commas; null if it holds brackets (an expression). */
    private static List<String> split(String list) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && (c == '(' || c == ')')) {
                return null;
            }
            if (!quoted && c == ',') {
                items.add(item.toString().trim());
                item.setLength(0);
            }
            else {
                item.append(c);
            }
        }
        items.add(item.toString().trim());
        return items;
    }
}
