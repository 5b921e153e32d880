package org.sitrep.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;

/** The one Jackson configuration of the API: ISO dates, no timestamps, nulls kept (they mean "unknown"). */
public final class Json {
    private Json() {
    }

    /** A new mapper; mappers are thread-safe once configured, share one per server. */
    public static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule("sitrep-dates");
        dates.addSerializer(LocalDate.class, new StdSerializer<>(LocalDate.class) {
            @Override
            public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString());
            }
        });
        return new ObjectMapper()
                .registerModule(dates)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }
}
