package cn.gov.yongzhou.qingfeng.notify.sms;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.ServerResponseDeliveryListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * A small SMSC in the application's own process, for dev mode and the tests: jSMPP's server session on a local port,
 * speaking SMPP 3.4 to the portal's client like a carrier's gateway would. It accepts binds, takes submit_sm (joining
 * the parts of long texts), answers with message ids and sends a delivery receipt for each part. Tests can make it
 * refuse, answer slowly, go down, or fail delivery to a number. Never part of a production build.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = { "dev", "test" })
public class LocalSmsc {

    /** A whole text as the handset would show it. */
    public record Received(String to, String text, int parts, List<String> messageIds, OffsetDateTime at) {
    }

    /** How the SMSC behaves: as a gateway would on a good day, or badly. */
    public enum Mode {
        NORMAL,
        REFUSING,
        SLOW
    }

    private final SmsConfig.LocalPeer config;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, List<String[]>> pending = new ConcurrentHashMap<>();
    private final Set<String> undeliverable = ConcurrentHashMap.newKeySet();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final List<Runnable> withheld = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(0x5A0000);
    private final ScheduledExecutorService receipts = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "local-smsc-receipts");
        t.setDaemon(true);
        return t;
    });
    private volatile Mode mode = Mode.NORMAL;
    private volatile Duration slowBy = Duration.ofSeconds(2);
    private volatile boolean receiptsOn = true;
    private volatile SMPPServerSessionListener listener;
    private volatile int port;

    LocalSmsc(SmsConfig config) {
        this.config = config.localPeer();
    }

    void onStart(@Observes StartupEvent event) throws IOException {
        if (config.enabled()) {
            up();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        down();
        receipts.shutdownNow();
    }

    public int port() {
        return port;
    }

    /** The texts received so far, oldest first. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> receivedBy(String mobile) {
        return received.stream().filter(r -> r.to().endsWith(mobile)).toList();
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    public void slowBy(Duration delay) {
        this.slowBy = delay;
    }

    /**
     * Whether delivery receipts are sent (off: a gateway that reports back late). Turned on again, it sends the
     * receipts it held back.
     */
    public void receipts(boolean on) {
        this.receiptsOn = on;
        if (on) {
            List<Runnable> held = List.copyOf(withheld);
            withheld.clear();
            held.forEach(r -> receipts.schedule(r, config.receiptDelay().toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    /** Texts to this number are accepted but never reach it (a phone switched off for days). */
    public void unreachable(String mobile) {
        undeliverable.add(mobile);
    }

    public void reset() {
        mode = Mode.NORMAL;
        undeliverable.clear();
        receipts(true);
    }

    /** Starts listening (again, on the same port once it had one). */
    public synchronized void up() throws IOException {
        if (listener != null) {
            return;
        }
        if (port == 0) {
            // jSMPP reports the port it was given, not the one bound: pick a free one first
            port = config.port() != 0 ? config.port() : freePort();
        }
        SMPPServerSessionListener server = new SMPPServerSessionListener(port);
        server.setMessageReceiverListener(new Receiver());
        server.setResponseDeliveryListener(new AfterResponse());
        listener = server;
        Thread acceptor = new Thread(() -> accept(server), "local-smsc-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        Log.infof("local SMSC (SMPP 3.4) listening on 127.0.0.1:%d", port);
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Stops listening and drops every bound client: the gateway is down. */
    public synchronized void down() {
        SMPPServerSessionListener server = listener;
        listener = null;
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                Log.debug("closing the local SMSC", e);
            }
        }
        sessions.forEach(SMPPServerSession::close);
        sessions.clear();
    }

    private void accept(SMPPServerSessionListener server) {
        while (listener == server) {
            try {
                SMPPServerSession session = server.accept();
                sessions.add(session);
                Thread binder = new Thread(() -> bind(session), "local-smsc-bind");
                binder.setDaemon(true);
                binder.start();
            } catch (IOException e) {
                if (listener == server) {
                    Log.debug("local SMSC accept failed", e);
                }
            }
        }
    }

    private static void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5000);
            request.accept("local-smsc"); // system_id: at most 15 characters
        } catch (Exception e) {
            Log.infof("local SMSC refused a bind: %s", e.toString());
            session.close();
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {
        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source)
                throws ProcessRequestException {
            if (mode == Mode.REFUSING) {
                throw new ProcessRequestException("throttled", 0x58);
            }
            if (mode == Mode.SLOW) {
                try {
                    Thread.sleep(slowBy.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String id = Long.toHexString(ids.incrementAndGet());
            Segments.Part part = Segments.read(submit.getShortMessage(),
                    GSMSpecificFeature.UDHI.containedIn(submit.getEsmClass()));
            collect(submit.getDestAddress(), id, part);
            try {
                return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
            } catch (org.jsmpp.PDUStringException e) {
                throw new ProcessRequestException("message id", 0x08, e);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("submit_multi not supported", 0x03);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("query_sm not supported", 0x03);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("replace_sm not supported", 0x03);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("cancel_sm not supported", 0x03);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("broadcast_sm not supported", 0x03);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("cancel_broadcast_sm not supported", 0x03);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("query_broadcast_sm not supported", 0x03);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm not supported", 0x03);
        }
    }

    /** Joins the parts of a long text; a whole one goes onto the list. */
    private void collect(String to, String id, Segments.Part part) {
        String key = to + "/" + part.reference() + "/" + part.total();
        List<String[]> parts = pending.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>());
        parts.add(new String[] { String.valueOf(part.seq()), id, part.text() });
        if (parts.size() < part.total()) {
            return;
        }
        pending.remove(key);
        List<String[]> ordered = new ArrayList<>(parts);
        ordered.sort((a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])));
        StringBuilder text = new StringBuilder();
        List<String> messageIds = new ArrayList<>();
        ordered.forEach(p -> {
            text.append(p[2]);
            messageIds.add(p[1]);
        });
        received.add(new Received(to, text.toString(), ordered.size(), messageIds, OffsetDateTime.now()));
    }

    private final class AfterResponse implements ServerResponseDeliveryListener {
        @Override
        public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession session) {
            String id = result.getMessageId();
            String to = received.stream().filter(r -> r.messageIds().contains(id)).map(Received::to).findFirst()
                    .orElseGet(() -> pending.keySet().stream().filter(k -> pending.get(k).stream()
                            .anyMatch(p -> p[1].equals(id))).map(k -> k.substring(0, k.indexOf('/')))
                            .findFirst().orElse(""));
            boolean fails = undeliverable.stream().anyMatch(to::endsWith);
            Runnable receipt = () -> sendReceipt(session, id, to, fails);
            if (receiptsOn) {
                receipts.schedule(receipt, config.receiptDelay().toMillis(), TimeUnit.MILLISECONDS);
            } else {
                withheld.add(receipt);
            }
        }

        @Override
        public void onSubmitSmRespError(SubmitSmResult result, Exception e, SMPPServerSession session) {
        }

        @Override
        public void onSubmitMultiRespSent(SubmitMultiResult result, SMPPServerSession session) {
        }

        @Override
        public void onSubmitMultiRespError(SubmitMultiResult result, Exception e, SMPPServerSession session) {
        }
    }

    private static void sendReceipt(SMPPServerSession session, String id, String to, boolean fails) {
        Date now = new Date();
        DeliveryReceipt receipt = new DeliveryReceipt(id, 1, fails ? 0 : 1, now, now,
                fails ? DeliveryReceiptState.UNDELIV : DeliveryReceiptState.DELIVRD, fails ? "001" : "000", "");
        try {
            session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, to,
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "10690000",
                    new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                    (byte) 0, (byte) 0, new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT), DataCodings.ZERO,
                    receipt.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            Log.debugf("local SMSC could not deliver the receipt of %s: %s", id, e.getMessage());
        }
    }
}
