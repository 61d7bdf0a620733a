package vn.foreignaffairs.registry.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The official IATI Activity Standard 2.03 schema, bundled in the test resources ({@code iati/}),
 * read offline: the schema may reach only the files beside it.
 */
public final class IatiSchema {

    private static final Schema SCHEMA = load();

    private IatiSchema() {
    }

    /** Throws with the validator's own words (line, column, what is wrong) when {@code xml} is not valid. */
    public static void validate(byte[] xml) throws SAXException, IOException {
        Validator validator = SCHEMA.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Schema load() {
        try {
            URL schema = Objects.requireNonNull(IatiSchema.class.getResource("/iati/iati-activities-schema.xsd"),
                    "iati/iati-activities-schema.xsd is missing from the test resources");
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            return factory.newSchema(schema);
        } catch (SAXException e) {
            throw new IllegalStateException("The bundled IATI schema cannot be read", e);
        }
    }
}
