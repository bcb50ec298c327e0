-- Sources: a unit cites structured references (title, publisher, year, a web address or DOI, and
-- when it was accessed), shown at its foot and carried in packages. An editor marks the units that
-- make clinical claims; a module with such a unit citing nothing cannot be submitted.
ALTER TABLE unit ADD clinical_claims BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE unit_reference (
  unit_id BIGINT NOT NULL,
  position INT NOT NULL,
  title VARCHAR(300) NOT NULL,
  publisher VARCHAR(200),
  published_year INT,
  url VARCHAR(1000),
  doi VARCHAR(200),
  accessed_on DATE,
  CONSTRAINT pk_unit_reference PRIMARY KEY (unit_id, position),
  CONSTRAINT fk_unit_reference_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);
