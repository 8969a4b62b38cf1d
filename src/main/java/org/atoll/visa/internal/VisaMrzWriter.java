package org.atoll.visa.internal;

import java.util.List;

import org.atoll.document.GeneratedMrz;
import org.atoll.document.MachineReadableZones;
import org.atoll.document.MrzFields;
import org.atoll.document.MrzFormat;
import org.atoll.document.PartialDate;
import org.atoll.visa.VisaNumber;
import org.atoll.visa.domain.Applicant;
import org.atoll.visa.domain.IssuedVisa;
import org.springframework.stereotype.Component;

/**
 * Writes a visa's machine readable zone through the document module. ICAO 9303-7: on an MRV the
 * document number field holds the visa number; Atoll writes MRV-A (2×44, the full-page sticker)
 * and puts the passport number in the optional data, so a reader links visa and passport.
 */
@Component
class VisaMrzWriter {

    private final MachineReadableZones zones;

    VisaMrzWriter(MachineReadableZones zones) {
        this.zones = zones;
    }

    List<String> write(MrzFormat format, String issuingState, VisaNumber number, Applicant holder, IssuedVisa.Terms terms) {
        String passport = holder.passport().number().value();
        int optionalLength = format == MrzFormat.MRV_A ? 16 : 8;
        MrzFields fields = MrzFields.builder(format)
                .documentCode("V")
                .issuingState(issuingState)
                .name(holder.name())
                .documentNumber(number.value())
                .nationality(holder.nationality().value())
                .dateOfBirth(PartialDate.of(holder.dateOfBirth()))
                .sex(holder.sex())
                .dateOfExpiry(terms.validUntil())
                .optionalData(passport.length() <= optionalLength ? passport : passport.substring(0, optionalLength))
                .build();
        GeneratedMrz mrz = zones.generate(fields);
        return mrz.lines();
    }
}
