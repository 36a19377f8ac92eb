package org.citycoop.redemption.settlement;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.redemption.settlement.decision.PayingOut;
import org.citycoop.redemption.settlement.decision.Payout;
import org.citycoop.redemption.settlement.decision.PayoutRefusal;
import org.citycoop.redemption.settlement.decision.PayoutRun;
import org.citycoop.redemption.settlement.decision.Period;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.MxWriteParams;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.ChargeBearerType1Code;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GenericFinancialIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod3Code;
import com.prowidesoftware.swift.model.mx.dic.PaymentTypeInformation26;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import com.prowidesoftware.swift.model.mx.dic.ServiceLevel8Choice;

/**
 * The euro payouts of settled statements as one SEPA credit transfer initiation, ISO 20022
 * pain.001.001.09 built with Prowide ISO 20022 (ADR 14). The cooperation's payout account is the
 * debtor; each partner city pays out the merchants seated in it (what clearing assumes), so each
 * paying city gets its own payment with the city as ultimate debtor, and each statement is one
 * transfer whose end-to-end id is the statement's id. The message id follows from the period, so a file downloaded twice for the same
 * period is refused by the bank as a duplicate instead of paying twice. Every file is validated
 * against the ISO schema before it is handed out. Forint payouts are not SEPA: they are in the CSV.
 */
@Component
class SepaPayouts {

    static final String SCHEMA = "pain.001.001.09.xsd";

    private final PayingOut payingOut = PayingOut.withAllCurrentPolicies();
    private final PayoutFile payouts;
    private final String debtorName;
    private final String debtorIban;
    private final @Nullable String debtorBic;
    private final Schema schema;
    private final Clock clock = Clock.systemUTC();

    SepaPayouts(PayoutFile payouts, PayoutAccountSettings account) {
        this.payouts = payouts;
        this.debtorName = sepaText(account.debtorName(), 70);
        this.debtorIban = account.debtorIban().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        try {
            IbanUtil.validate(this.debtorIban);
        } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
            throw new IllegalStateException("citycoop.payouts.debtor-iban is not a valid IBAN: " + e.getMessage(), e);
        }
        this.debtorBic = account.debtorBic().isBlank() ? null : account.debtorBic().strip();
        this.schema = loadSchema();
    }

    /** What a payout file request comes to: the document, or why there is none. */
    sealed interface Result permits Document, Refused {
    }

    /** The pain.001 document, validated against the ISO schema. */
    record Document(String xml) implements Result {
    }

    /** No file, for {@code refusal} (a problem detail at the web edge). */
    record Refused(PayoutRefusal refusal) implements Result {
    }

    /**
     * The pain.001 document for the euro payouts of the periods within {@code period}, to be
     * executed on {@code execution} (default: the next working day). The rules are {@link PayingOut}'s.
     */
    Result document(Period period, @Nullable LocalDate execution) {
        LocalDate today = LocalDate.now(clock.withZone(Settlements.ZONE));
        return switch (payingOut.decide(new PayoutRun(period, payouts.payouts(period), execution, today))) {
            case PayingOut.Refused(PayoutRefusal refusal) -> new Refused(refusal);
            case PayingOut.Transfers transfers -> new Document(document(transfers));
        };
    }

    private String document(PayingOut.Transfers transfers) {
        List<Payout> euro = transfers.all();
        String messageId = transfers.messageId();
        LocalDate executionDay = transfers.executionDay();
        Map<String, List<Payout>> byPayingCity = transfers.byPayingCity();

        CustomerCreditTransferInitiationV09 initiation = new CustomerCreditTransferInitiationV09().setGrpHdr(new GroupHeader85()
                .setMsgId(messageId)
                .setCreDtTm(OffsetDateTime.now(clock.withZone(Settlements.ZONE)).truncatedTo(ChronoUnit.SECONDS))
                .setNbOfTxs(Integer.toString(euro.size()))
                .setCtrlSum(sum(euro))
                .setInitgPty(new PartyIdentification135().setNm(debtorName)));
        int batch = 0;
        for (Map.Entry<String, List<Payout>> city : byPayingCity.entrySet()) {
            PaymentInstruction30 payment = new PaymentInstruction30()
                    .setPmtInfId(messageId + "-" + ++batch)
                    .setPmtMtd(PaymentMethod3Code.TRF)
                    .setBtchBookg(true)
                    .setNbOfTxs(Integer.toString(city.getValue().size()))
                    .setCtrlSum(sum(city.getValue()))
                    .setPmtTpInf(new PaymentTypeInformation26().addSvcLvl(new ServiceLevel8Choice().setCd("SEPA")))
                    .setReqdExctnDt(new DateAndDateTime2Choice().setDt(executionDay))
                    .setDbtr(new PartyIdentification135().setNm(debtorName))
                    .setDbtrAcct(new CashAccount38().setId(new AccountIdentification4Choice().setIBAN(debtorIban)))
                    .setDbtrAgt(agent())
                    .setUltmtDbtr(new PartyIdentification135().setNm(sepaText(cityName(city.getKey()), 70)))
                    .setChrgBr(ChargeBearerType1Code.SLEV);
            for (Payout payout : city.getValue()) {
                payment.addCdtTrfTxInf(new CreditTransferTransaction34()
                        .setPmtId(new PaymentIdentification6().setEndToEndId(payout.id().toString().replace("-", "")))
                        .setAmt(new AmountType4Choice().setInstdAmt(new ActiveOrHistoricCurrencyAndAmount().setCcy("EUR").setValue(payout.amount().major())))
                        .setCdtr(new PartyIdentification135().setNm(sepaText(Objects.requireNonNull(payout.accountHolder()), 70)))
                        .setCdtrAcct(new CashAccount38().setId(new AccountIdentification4Choice().setIBAN(payout.iban())))
                        .setRmtInf(new RemittanceInformation16().addUstrd(sepaText(payout.reference(), 140))));
            }
            initiation.addPmtInf(payment);
        }
        MxWriteParams unprefixed = new MxWriteParams();
        unprefixed.prefix = null; // <Document xmlns="urn:iso:...">, as the banks' samples are written
        unprefixed.includeXMLDeclaration = true;
        String xml = new MxPain00100109().setCstmrCdtTrfInitn(initiation).document(unprefixed);
        validate(xml);
        return xml;
    }

    /** The file's name: the message id. */
    static String fileName(Period period) {
        return "payouts-" + period.from() + "-" + period.to() + ".pain.001.xml";
    }

    private BranchAndFinancialInstitutionIdentification6 agent() {
        FinancialInstitutionIdentification18 institution = debtorBic == null
                ? new FinancialInstitutionIdentification18().setOthr(new GenericFinancialIdentification1().setId("NOTPROVIDED"))
                : new FinancialInstitutionIdentification18().setBICFI(debtorBic);
        return new BranchAndFinancialInstitutionIdentification6().setFinInstnId(institution);
    }

    private static BigDecimal sum(List<Payout> payouts) {
        return payouts.stream().map(p -> p.amount().major()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String cityName(String city) {
        return PartnerCity.byCode(city).map(PartnerCity::officialName).orElse("City Cooperation");
    }

    /**
     * Text in the SEPA character set (EPC's Latin subset: letters, digits, space and / - ? : ( ) . , ' +):
     * accents dropped (Fasching, Cukraszda, Zdravilisko), ß as ss, anything else a space; at most {@code max}.
     */
    static String sepaText(String text, int max) {
        String plain = Normalizer.normalize(text.replace("ß", "ss").replace("&", "+"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String allowed = plain.replaceAll("[^A-Za-z0-9/\\-?:().,'+ ]", " ").replaceAll(" {2,}", " ").strip();
        return allowed.length() <= max ? allowed : allowed.substring(0, max).strip();
    }

    private void validate(String xml) {
        try {
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("the payout file does not validate against " + SCHEMA + ": " + e.getMessage(), e);
        }
    }

    static Schema loadSchema() {
        URL xsd = SepaPayouts.class.getClassLoader().getResource(SCHEMA);
        if (xsd == null) {
            throw new IllegalStateException(SCHEMA + " is not on the class path (it comes with hbci4j-core)");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot read " + SCHEMA, e);
        }
    }
}
