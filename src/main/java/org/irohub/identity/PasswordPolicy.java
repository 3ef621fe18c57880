package org.irohub.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The NCSC password guidance: long enough (12 characters or more), not a commonly used password, no
 * composition rules (no "must contain a capital and a symbol"), and no upper limit short of what is absurd.
 * A common password with digits or symbols added to the end ("password1234!") counts as common.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** @return why the password is refused, or empty if it may be used */
    public Optional<String> refusal(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Password must be " + MIN_LENGTH + " characters or more");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Password must be " + MAX_LENGTH + " characters or fewer");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(stripTrailingDigitsAndSymbols(lower))) {
            return Optional.of("Password is too common, choose a different one: three random words work well");
        }
        if (lower.chars().distinct().count() <= 2) {
            return Optional.of("Password must not be the same character or two repeated");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Password must not contain the username");
        }
        if (lower.contains("irohub") || lower.contains("iro hub")) {
            return Optional.of("Password must not contain the name of this service");
        }
        return Optional.empty();
    }

    private static String stripTrailingDigitsAndSymbols(String s) {
        int end = s.length();
        while (end > 0 && !Character.isLetter(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(40_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("The bundled deny-list of common passwords is missing", e);
        }
        return words;
    }
}
