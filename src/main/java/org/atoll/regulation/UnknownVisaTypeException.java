package org.atoll.regulation;

/** The visa or permit type is not defined in the regulation set in force. */
public class UnknownVisaTypeException extends IllegalArgumentException {

    private final VisaTypeCode visaType;

    public UnknownVisaTypeException(VisaTypeCode visaType) {
        super("Unknown visa type " + visaType);
        this.visaType = visaType;
    }

    public VisaTypeCode visaType() {
        return visaType;
    }
}
