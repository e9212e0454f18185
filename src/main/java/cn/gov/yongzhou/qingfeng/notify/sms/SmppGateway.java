package cn.gov.yongzhou.qingfeng.notify.sms;

import cn.gov.yongzhou.qingfeng.notify.Deliveries;
import cn.gov.yongzhou.qingfeng.notify.Sender;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;

/**
 * SMPP 3.4 through jSMPP: one transceiver bind kept open (bound on first use, bound again after the link dropped),
 * each text submitted in UCS-2 (long ones as concatenated parts), a delivery receipt asked for every part, and the
 * receipts the SMSC sends back (deliver_sm) recorded by {@link Deliveries}.
 */
@ApplicationScoped
public class SmppGateway {

    /** Command statuses that retrying the same text cannot cure (SMPP 3.4, 5.1.3). */
    private static final List<Integer> PERMANENT = List.of(0x0B /* invalid destination */,
            0x0A /* invalid source */, 0x45 /* submit failed */, 0x66 /* destination flag */);

    private final SmsConfig.Smpp config;
    private final Instance<LocalSmsc> localPeer;
    private final boolean useLocalPeer;
    private final Deliveries deliveries;
    private SMPPSession session;

    SmppGateway(SmsConfig config, Instance<LocalSmsc> localPeer, Deliveries deliveries) {
        this.config = config.smpp();
        this.localPeer = localPeer;
        this.useLocalPeer = config.smpp().host().isEmpty() && config.localPeer().enabled();
        this.deliveries = deliveries;
    }

    public Sender.Handed send(Sender.Outgoing message) throws Exception {
        SMPPSession bound = bound();
        int reference = ThreadLocalRandom.current().nextInt(256);
        List<byte[]> parts = Segments.split(message.body(), reference);
        ESMClass esm = parts.size() > 1 ? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI)
                : new ESMClass();
        List<String> ids = new ArrayList<>();
        try {
            for (byte[] part : parts) {
                ids.add(bound.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
                        config.sourceAddress(), config.destinationPrefix().isEmpty() ? TypeOfNumber.NATIONAL
                                : TypeOfNumber.INTERNATIONAL,
                        NumberingPlanIndicator.ISDN,
                        config.destinationPrefix() + message.recipient(), esm, (byte) 0, (byte) 1, null, null,
                        new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
                        new GeneralDataCoding(Alphabet.ALPHA_UCS2), (byte) 0, part).getMessageId());
            }
        } catch (NegativeResponseException e) {
            if (PERMANENT.contains(e.getCommandStatus())) {
                throw new Sender.Permanent("SMSC refused the text: command status 0x"
                        + Integer.toHexString(e.getCommandStatus()));
            }
            throw e;
        } catch (java.io.IOException | org.jsmpp.extra.ResponseTimeoutException e) {
            // the link is suspect: bind afresh next time
            drop();
            throw e;
        }
        return new Sender.Handed(false, ids, null);
    }

    private synchronized SMPPSession bound() throws java.io.IOException {
        if (session != null && session.getSessionState().isBound()) {
            return session;
        }
        drop();
        String host = useLocalPeer ? "127.0.0.1"
                : config.host().orElseThrow(
                        () -> new IllegalStateException("qingfeng.sms.smpp.host is not set"));
        int port = useLocalPeer ? localPeer.get().port() : config.port();
        SMPPSession fresh = new SMPPSession();
        fresh.setTransactionTimer(config.responseTimeout().toMillis());
        fresh.setEnquireLinkTimer((int) config.enquireLink().toMillis());
        fresh.setMessageReceiverListener(new Receipts());
        fresh.addSessionStateListener((newState, oldState, source) -> {
            if (newState == SessionState.CLOSED) {
                Log.infof("SMPP link to %s:%d closed", host, port);
            }
        });
        fresh.connectAndBind(host, port, new BindParameter(BindType.BIND_TRX, config.systemId(),
                config.password().orElse(""), config.systemType().orElse(""), TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN, null), config.responseTimeout().toMillis());
        session = fresh;
        return fresh;
    }

    private synchronized void drop() {
        if (session != null) {
            SMPPSession old = session;
            session = null;
            try {
                old.unbindAndClose();
            } catch (RuntimeException e) {
                old.close();
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        drop();
    }

    /** The SMSC's deliver_sm: delivery receipts are recorded; anything else (a reply from a citizen) is ignored. */
    private final class Receipts implements MessageReceiverListener {
        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
            if (!MessageType.SMSC_DEL_RECEIPT.containedIn(deliverSm.getEsmClass())) {
                return;
            }
            try {
                DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
                OffsetDateTime done = receipt.getDoneDate() == null ? null
                        : receipt.getDoneDate().toInstant().atOffset(ZoneOffset.UTC);
                deliveries.receipt(receipt.getId(), receipt.getFinalStatus().name(), receipt.getError(), done);
            } catch (org.jsmpp.util.InvalidDeliveryReceiptException e) {
                Log.warnf("unreadable delivery receipt from the SMSC: %s", e.getMessage());
            } catch (RuntimeException e) {
                // answered with an error, so the SMSC sends it again later rather than it being lost
                throw new ProcessRequestException("receipt not recorded", 0x08, e);
            }
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm not supported", 0x03);
        }
    }
}
