package cn.gov.yongzhou.qingfeng.directory;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitApi {

    private final DirectoryService directory;

    UnitApi(DirectoryService directory) {
        this.directory = directory;
    }

    public record Directory(List<DirectoryService.AreaGroup> areas, List<DirectoryService.WindowOption> windows) {
    }

    @GET
    @Operation(summary = "The public directory: units grouped by county or district, and service windows")
    public Directory list() {
        return new Directory(directory.unitsByArea(), directory.windows());
    }
}
