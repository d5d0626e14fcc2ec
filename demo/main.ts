/** Demo page: registers the elements from the source (the built bundle does the same). */
import '../src/define.js';
