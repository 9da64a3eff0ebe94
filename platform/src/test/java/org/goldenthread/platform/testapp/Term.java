package org.goldenthread.platform.testapp;

public enum Term { AUTUMN, SPRING, SUMMER }
