package org.citycoop.merchant.onboarding;

/** The city code names no partner city. */
public class UnknownCityException extends RuntimeException {

    public UnknownCityException(String cityCode) {
        super("No partner city with code " + cityCode);
    }
}
