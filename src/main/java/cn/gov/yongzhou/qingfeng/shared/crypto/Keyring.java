package cn.gov.yongzhou.qingfeng.shared.crypto;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;

/**
 * The data keys, parsed and checked once at start. {@code qingfeng.crypto.keys} lists them oldest first, comma
 * separated, each as {@code keyId:base64} (AES-256-GCM, 32 bytes) or {@code keyId:algorithm:base64} with an algorithm
 * of {@link SealingAlgorithm#BY_NAME} ({@code aes}: 32 bytes, {@code sm4}: 16 bytes). Keys listed before the active
 * one are retiring: the re-encryption job moves their values to the active key. Errors name the key id, never the key.
 */
public final class Keyring {

    /** One key: its id (stored beside every value it seals), its algorithm, its secret. */
    public static final class Key {
        private final String id;
        private final SealingAlgorithm algorithm;
        private final SecretKey secret;

        Key(String id, SealingAlgorithm algorithm, SecretKey secret) {
            this.id = id;
            this.algorithm = algorithm;
            this.secret = secret;
        }

        public String id() {
            return id;
        }

        public SealingAlgorithm algorithm() {
            return algorithm;
        }

        SecretKey secret() {
            return secret;
        }

        @Override
        public String toString() {
            return id + " (" + algorithm + ")";
        }
    }

    /** Fits the key_id columns (varchar(40)) and the text form {@code keyId:base64}. */
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final String KEYS = "qingfeng.crypto.keys";

    private final Map<String, Key> keys;
    private final Key active;

    private Keyring(Map<String, Key> keys, Key active) {
        this.keys = Collections.unmodifiableMap(keys);
        this.active = active;
    }

    public static Keyring parse(String keyList, String activeKeyId) {
        if (keyList == null || keyList.isBlank()) {
            throw new IllegalStateException(KEYS + " lists no key");
        }
        Map<String, Key> keys = new LinkedHashMap<>();
        String[] entries = keyList.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            Key key = parseOne(i + 1, entries[i].trim());
            if (keys.putIfAbsent(key.id, key) != null) {
                throw new IllegalStateException(KEYS + ": key " + key.id + " is listed twice");
            }
        }
        String activeId = activeKeyId == null ? "" : activeKeyId.trim();
        Key active = keys.get(activeId);
        if (active == null) {
            throw new IllegalStateException("qingfeng.crypto.active-key-id \"" + activeId + "\" names no key listed in "
                    + KEYS + " " + keys.keySet());
        }
        return new Keyring(keys, active);
    }

    private static Key parseOne(int position, String entry) {
        if (entry.isEmpty()) {
            throw new IllegalStateException(KEYS + ": entry " + position + " is empty (a comma too many?)");
        }
        String[] parts = entry.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalStateException(KEYS + ": expected keyId:base64Key or keyId:algorithm:base64Key, entry "
                    + position + " has " + (parts.length - 1) + " colons");
        }
        String id = parts[0].trim();
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalStateException(KEYS + ": a key id is 1 to 40 of A-Z a-z 0-9 _ . -, not \"" + id + "\"");
        }
        SealingAlgorithm algorithm = parts.length == 2 ? SealingAlgorithm.AES_GCM
                : SealingAlgorithm.BY_NAME.get(parts[1].trim().toLowerCase(java.util.Locale.ROOT));
        if (algorithm == null) {
            throw new IllegalStateException(KEYS + ": key " + id + " names an unknown algorithm \"" + parts[1].trim()
                    + "\" (known: " + new TreeSet<>(SealingAlgorithm.BY_NAME.keySet()) + ")");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(parts[parts.length - 1].trim());
        } catch (IllegalArgumentException e) {
            // the decoder's message would quote a character of the key
            throw new IllegalStateException(KEYS + ": key " + id + " is not valid base64");
        }
        if (raw.length != algorithm.keyBytes()) {
            throw new IllegalStateException(KEYS + ": key " + id + " is for " + algorithm + " and must be "
                    + algorithm.keyBytes() + " bytes, not " + raw.length);
        }
        return new Key(id, algorithm, algorithm.key(raw));
    }

    public Key active() {
        return active;
    }

    public Optional<Key> key(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    /** All key ids, oldest first, as listed. */
    public List<String> ids() {
        return List.copyOf(keys.keySet());
    }

    /**
     * The keys listed before the active one, whose values the re-encryption job moves to the active key. Keys listed
     * after it are being introduced (rotation step 1) and left alone, so that during a rolling restart an instance
     * still on the old active key never moves values back to it.
     */
    public List<String> retiring() {
        List<String> before = new ArrayList<>();
        for (String id : keys.keySet()) {
            if (id.equals(active.id)) {
                break;
            }
            before.add(id);
        }
        return before;
    }
}
