package cn.gov.yongzhou.qingfeng.shared.crypto;

import io.quarkus.arc.Arc;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Column converter: the entity holds plain text, the table holds {@code keyId:ciphertext}. */
@Converter
public class Encrypted implements AttributeConverter<String, String> {

    private static PersonalDataCipher cipher() {
        return Arc.container().instance(PersonalDataCipher.class).get();
    }

    @Override
    public String convertToDatabaseColumn(String plain) {
        return plain == null ? null : cipher().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : cipher().decrypt(stored);
    }
}
