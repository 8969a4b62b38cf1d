package org.atoll.manifest.screening;

/**
 * The interactive API's answer to a carrier at check-in, with the board/no-board code sent in the
 * CUSRES ERC segment. The codes are Atoll's (0Z, 1Z, 2Z as in the WCO/IATA/ICAO iAPI practice);
 * align them with each carrier's departure control system implementation guide.
 */
public enum BoardingAnswer {
    BOARD("0Z"), DO_NOT_BOARD("1Z"), CONTACT_AUTHORITY("2Z");

    private final String code;

    BoardingAnswer(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public BoardingAnswer worst(BoardingAnswer other) {
        return severity(other) > severity(this) ? other : this;
    }

    private static int severity(BoardingAnswer a) {
        return switch (a) {
            case BOARD -> 0;
            case CONTACT_AUTHORITY -> 1;
            case DO_NOT_BOARD -> 2;
        };
    }
}
