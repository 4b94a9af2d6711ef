# Multi-stage build of the ShopChat bot. Build: docker build -t shopchat .   Run: docker run -p 8080:8080 shopchat
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B --no-transfer-progress -pl bot -am package -DskipTests \
 && mkdir /layers && cd /layers \
 && java -Djarmode=tools -jar /src/bot/target/bot-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /app shopchat
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
RUN mkdir /app/data && chown shopchat /app/data
USER shopchat
EXPOSE 8080
VOLUME /app/data
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
