package cn.gov.yongzhou.qingfeng.intake;

import cn.gov.yongzhou.qingfeng.shared.crypto.Sha256;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.tika.Tika;

/**
 * Decides what an evidence file is from its bytes (Tika's magic numbers), never from its name or the
 * browser's claim, and holds each kind to its size limit.
 */
@ApplicationScoped
public class EvidenceInspector {

    public static final String FIELD = "evidence";

    enum Kind {
        IMAGE,
        PDF,
        AUDIO,
        VIDEO
    }

    private static final Map<String, Kind> ACCEPTED = Map.ofEntries(
            Map.entry("image/jpeg", Kind.IMAGE), Map.entry("image/png", Kind.IMAGE), Map.entry("image/gif", Kind.IMAGE),
            Map.entry("image/webp", Kind.IMAGE), Map.entry("image/heic", Kind.IMAGE), Map.entry("image/heif", Kind.IMAGE),
            Map.entry("application/pdf", Kind.PDF),
            Map.entry("audio/mpeg", Kind.AUDIO), Map.entry("audio/mp4", Kind.AUDIO), Map.entry("audio/amr", Kind.AUDIO),
            Map.entry("audio/vnd.wave", Kind.AUDIO), Map.entry("audio/x-wav", Kind.AUDIO), Map.entry("audio/wav", Kind.AUDIO),
            Map.entry("audio/ogg", Kind.AUDIO), Map.entry("audio/x-aac", Kind.AUDIO), Map.entry("audio/aac", Kind.AUDIO),
            Map.entry("audio/x-m4a", Kind.AUDIO),
            Map.entry("video/mp4", Kind.VIDEO), Map.entry("video/quicktime", Kind.VIDEO), Map.entry("video/3gpp", Kind.VIDEO),
            Map.entry("video/webm", Kind.VIDEO), Map.entry("audio/webm", Kind.AUDIO));

    /** A file that passed: its type from the bytes, its digest taken at receipt. */
    public record CheckedFile(String fileName, String mediaType, byte[] bytes, String sha256) {
    }

    private final Tika tika = new Tika();
    private final IntakeConfig.Evidence limits;

    EvidenceInspector(IntakeConfig config) {
        this.limits = config.evidence();
    }

    public List<CheckedFile> inspect(List<IncomingFile> files, FieldErrors errors) {
        List<IncomingFile> chosen = files.stream()
                .filter(f -> f.size() > 0 || (f.fileName() != null && !f.fileName().isBlank())).toList();
        List<CheckedFile> checked = new ArrayList<>();
        if (chosen.size() > limits.maxFiles()) {
            errors.add(FIELD, "error.evidence.tooMany", limits.maxFiles());
            return checked;
        }
        long total = chosen.stream().mapToLong(IncomingFile::size).sum();
        if (total > limits.maxTotalBytes()) {
            errors.add(FIELD, "error.evidence.totalTooLarge", megabytes(limits.maxTotalBytes()));
            return checked;
        }
        for (IncomingFile file : chosen) {
            String name = displayName(file.fileName());
            if (file.size() == 0) {
                errors.add(FIELD, "error.evidence.empty", name);
                continue;
            }
            byte[] bytes = read(file);
            String type = tika.detect(bytes);
            Kind kind = ACCEPTED.get(type);
            if (kind == null) {
                errors.add(FIELD, "error.evidence.type", name);
                continue;
            }
            long max = switch (kind) {
                case IMAGE, PDF -> limits.maxImageBytes();
                case AUDIO -> limits.maxAudioBytes();
                case VIDEO -> limits.maxVideoBytes();
            };
            if (bytes.length > max) {
                errors.add(FIELD, "error.evidence.tooLarge", name, megabytes(max));
                continue;
            }
            checked.add(new CheckedFile(name, type, bytes, Sha256.hex(bytes)));
        }
        return checked;
    }

    private static byte[] read(IncomingFile file) {
        try {
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last path segment, without control characters, at most 120 characters. */
    static String displayName(String raw) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        // control and format characters out: a right-to-left override could make "gpj.exe" read as a photo
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
