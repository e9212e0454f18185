package cn.gov.yongzhou.qingfeng.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.yongzhou.qingfeng.support.PackagedApp;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The image's start script (docker/start.sh, issue 18): the first start of a build writes a class-data archive when it
 * is stopped, as a container is; the next start maps it and serves the form; an archive of another build is replaced.
 */
@QuarkusTest
class StartScriptIT {

    static List<Path> archives(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void shouldWriteTheArchiveOnTheFirstStopAndStartFromItAfterwards() throws Exception {
        Path dir = Files.createTempDirectory("qingfeng-cds");
        Path stale = Files.write(dir.resolve("app-1.jsa"), new byte[] { 1, 2, 3 }); // of an earlier build
        try (PackagedApp first = PackagedApp.startScript(dir)) {
            assertEquals(200, first.status("/report"), first.tail());
            assertFalse(Files.exists(stale), "the archive of another build is removed");
        }
        List<Path> written = archives(dir);
        assertEquals(1, written.size(), "one archive, complete (no .part left): " + written);
        Path archive = written.get(0);
        assertTrue(archive.getFileName().toString().matches("app-\\d+\\.jsa"), archive.toString());
        assertTrue(Files.size(archive) > 10_000_000, "the classes of a whole start: " + Files.size(archive));

        try (PackagedApp second = PackagedApp.startScript(dir)) {
            assertEquals(200, second.status("/report"), second.tail());
            assertTrue(second.body("/w/LL-03").contains("零陵区政务服务中心"));
            assertTrue(second.maps(archive), "the second start runs from the archive: " + second.tail());
        }
        assertEquals(List.of(archive), archives(dir), "kept for the next start");
    }
}
