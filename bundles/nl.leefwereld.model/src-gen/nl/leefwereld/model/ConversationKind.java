/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Conversation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see nl.leefwereld.model.ModelPackage#getConversationKind()
 * @model
 * @generated
 */
public enum ConversationKind implements Enumerator {
	/**
	 * The '<em><b>WELCOME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WELCOME_VALUE
	 * @generated
	 * @ordered
	 */
	WELCOME(0, "WELCOME", "welcome"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FOLLOW UP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOW_UP_VALUE
	 * @generated
	 * @ordered
	 */
	FOLLOW_UP(1, "FOLLOW_UP", "follow-up"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HOME VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOME_VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	HOME_VISIT(2, "HOME_VISIT", "home-visit"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PANEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PANEL_VALUE
	 * @generated
	 * @ordered
	 */
	PANEL(3, "PANEL", "panel"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ROLE PLAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROLE_PLAY_VALUE
	 * @generated
	 * @ordered
	 */
	ROLE_PLAY(4, "ROLE_PLAY", "role-play"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "other"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>WELCOME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WELCOME
	 * @model literal="welcome"
	 * @generated
	 * @ordered
	 */
	public static final int WELCOME_VALUE = 0;

	/**
	 * The '<em><b>FOLLOW UP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOW_UP
	 * @model literal="follow-up"
	 * @generated
	 * @ordered
	 */
	public static final int FOLLOW_UP_VALUE = 1;

	/**
	 * The '<em><b>HOME VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOME_VISIT
	 * @model literal="home-visit"
	 * @generated
	 * @ordered
	 */
	public static final int HOME_VISIT_VALUE = 2;

	/**
	 * The '<em><b>PANEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PANEL
	 * @model literal="panel"
	 * @generated
	 * @ordered
	 */
	public static final int PANEL_VALUE = 3;

	/**
	 * The '<em><b>ROLE PLAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROLE_PLAY
	 * @model literal="role-play"
	 * @generated
	 * @ordered
	 */
	public static final int ROLE_PLAY_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Conversation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConversationKind[] VALUES_ARRAY =
		new ConversationKind[] {
			WELCOME,
			FOLLOW_UP,
			HOME_VISIT,
			PANEL,
			ROLE_PLAY,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Conversation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConversationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Conversation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConversationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConversationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conversation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConversationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConversationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conversation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConversationKind get(int value) {
		switch (value) {
			case WELCOME_VALUE: return WELCOME;
			case FOLLOW_UP_VALUE: return FOLLOW_UP;
			case HOME_VISIT_VALUE: return HOME_VISIT;
			case PANEL_VALUE: return PANEL;
			case ROLE_PLAY_VALUE: return ROLE_PLAY;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ConversationKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ConversationKind
