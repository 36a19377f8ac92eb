package org.citycoop.merchant;

import org.citycoop.merchant.onboarding.MerchantRegistration;
import org.citycoop.testsupport.ServiceUnderTest;
import org.springframework.beans.factory.annotation.Autowired;

/** What merchant-service's ITs share: registering the shops they are about (see {@code Shops}). */
public abstract class MerchantServiceIT extends ServiceUnderTest {

    @Autowired
    protected MerchantRegistration registration;
}
