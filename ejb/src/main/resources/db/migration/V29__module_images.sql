-- Images a module version's units show (![…](images/NAME)), kept with the version: a published
-- version's images never change, and a new draft starts with copies.
CREATE SEQUENCE module_image_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE TABLE module_image (
  id BIGINT NOT NULL,
  module_version_id BIGINT NOT NULL,
  name VARCHAR(80) NOT NULL,
  media_type VARCHAR(40) NOT NULL,
  alt_text VARCHAR(250) NOT NULL,
  width INT NOT NULL,
  height INT NOT NULL,
  size BIGINT NOT NULL,
  content LONGBLOB NOT NULL,
  CONSTRAINT pk_module_image PRIMARY KEY (id),
  CONSTRAINT fk_module_image_version FOREIGN KEY (module_version_id) REFERENCES module_version (id),
  CONSTRAINT uq_module_image_name UNIQUE (module_version_id, name)
);
