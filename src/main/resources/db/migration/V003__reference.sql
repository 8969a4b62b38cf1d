-- Reference data (reference module): versioned rows with validity, loaded from the shipped
-- data sets at start-up and editable by administrators.
CREATE TABLE country (
    id          UUID         NOT NULL PRIMARY KEY,
    code        VARCHAR(3)   NOT NULL,
    alpha2      VARCHAR(2),
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    edited_by   VARCHAR(60),
    version     INTEGER      NOT NULL DEFAULT 0,
    UNIQUE (code, valid_from)
);

CREATE TABLE port_of_entry (
    id          UUID         NOT NULL PRIMARY KEY,
    locode      VARCHAR(5)   NOT NULL,
    name        VARCHAR(200) NOT NULL,
    country     VARCHAR(3)   NOT NULL,
    port_type   VARCHAR(10)  NOT NULL,
    iata_code   VARCHAR(3),
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    edited_by   VARCHAR(60),
    version     INTEGER      NOT NULL DEFAULT 0,
    UNIQUE (locode, valid_from)
);

CREATE TABLE carrier (
    id          UUID         NOT NULL PRIMARY KEY,
    iata_code   VARCHAR(2),
    icao_code   VARCHAR(3)   NOT NULL,
    name        VARCHAR(200) NOT NULL,
    mode        VARCHAR(10)  NOT NULL,
    country     VARCHAR(3),
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    edited_by   VARCHAR(60),
    version     INTEGER      NOT NULL DEFAULT 0,
    UNIQUE (icao_code, valid_from)
);

CREATE TABLE document_type (
    id          UUID         NOT NULL PRIMARY KEY,
    code        VARCHAR(2)   NOT NULL,
    name        VARCHAR(200) NOT NULL,
    category    VARCHAR(20)  NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    edited_by   VARCHAR(60),
    version     INTEGER      NOT NULL DEFAULT 0,
    UNIQUE (code, valid_from)
);

-- Which version of each shipped data set has been loaded.
CREATE TABLE reference_dataset (
    name        VARCHAR(40)  NOT NULL PRIMARY KEY,
    version     VARCHAR(40)  NOT NULL,
    checksum    VARCHAR(64)  NOT NULL,
    loaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
