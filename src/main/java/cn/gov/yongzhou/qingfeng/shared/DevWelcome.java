package cn.gov.yongzhou.qingfeng.shared;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** In dev mode, says where to start. */
@ApplicationScoped
class DevWelcome {

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            Log.infof("Qingfeng is running: open http://localhost:%d/ (the report form: /report; a window's QR link: "
                    + "/w/LL-03; tracking: /track)", port);
        }
    }
}
