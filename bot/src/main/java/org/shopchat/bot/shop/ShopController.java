package org.shopchat.bot.shop;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The demo shop's home page. */
@Controller
class ShopController {

    @GetMapping("/")
    String home() {
        return "shop/index";
    }
}
