package org.irohub.portal;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Serves GOV.UK Frontend from the WebJar in the application (no CDN). Its CSS asks for fonts and images under
 * {@code /assets/}, so that path maps to the WebJar's assets folder.
 */
@Configuration(proxyBeanMethods = false)
class AssetsConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        String dist = "classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/";
        CacheControl cache = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();
        registry.addResourceHandler("/assets/**").addResourceLocations(dist + "assets/").setCacheControl(cache);
        registry.addResourceHandler("/govuk/**").addResourceLocations(dist).setCacheControl(cache);
        registry.addResourceHandler("/static/**").addResourceLocations("classpath:/static/").setCacheControl(cache);
        registry.addResourceHandler("/favicon.ico").addResourceLocations(dist + "assets/images/");
    }
}
